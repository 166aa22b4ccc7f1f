/** The {@code receptorsim} command line (picocli): one class per subcommand. */
package org.receptorsim.cli;
