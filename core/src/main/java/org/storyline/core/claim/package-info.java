/** Claims: one assertion in one sentence, with event frame, quantities, attribution and stance. */
package org.storyline.core.claim;
