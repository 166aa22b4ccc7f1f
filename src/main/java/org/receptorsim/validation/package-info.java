/**
 * The literature validation suite: runs the validation scenarios, reads each target's quantity off the simulated
 * curves and compares it with the literature band. Nothing is judged by construction.
 */
package org.receptorsim.validation;
