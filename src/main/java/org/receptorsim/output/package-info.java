/** Result files: time series CSV, summary and manifest JSON, PNG charts; written atomically. */
package org.receptorsim.output;
