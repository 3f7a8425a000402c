/** Each municipality's departments, its triage department, and which department handles which service. */
package org.muni311.routing.directory;
