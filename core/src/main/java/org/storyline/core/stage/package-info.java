/** The pipeline's stage interfaces, implemented by the modules around core. */
package org.storyline.core.stage;
