/**
 * Runs that outgrow one machine: the description a shard of an ensemble or sweep leaves for its merge, the merge of
 * shards into results byte-identical to the single-machine run, and SLURM job-array scripts that run the shards and
 * then the merge.
 */
package org.receptorsim.cluster;
