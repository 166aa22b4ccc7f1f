/**
 * Organism scenario files ({@code scenarios/organism/*.yaml}) and the organism defaults: binding, merging with the
 * defaults, checking with errors that name file, line and field, and the resolved experiment (arms, windows, checks,
 * figures).
 */
package org.receptorsim.organism.scenario;
