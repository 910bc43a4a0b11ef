/** The ./fapiao command line (picocli): one subcommand per command, each parsing its options and calling one feature. */
package com.fapiaorelay.standalone.cli;
