package org.muni311.municipality;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration this library's slice tests ({@code @WebMvcTest}) start from. */
@SpringBootApplication
class AdminTestApplication {

}
