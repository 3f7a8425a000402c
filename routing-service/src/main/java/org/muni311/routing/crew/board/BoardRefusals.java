package org.muni311.routing.crew.board;

import org.muni311.routing.workqueue.OtherDepartmentException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A crew member asking the board for an item or a queue of a department it is not bound
 * to sees the refused page (403), as somebody the filter chain refused does.
 */
@ControllerAdvice(assignableTypes = { QueueController.class, ItemController.class, BoardStream.class })
class BoardRefusals {

	@ExceptionHandler
	String otherDepartment(OtherDepartmentException ex) {
		return "forward:" + BoardSecurity.REFUSED;
	}

}
