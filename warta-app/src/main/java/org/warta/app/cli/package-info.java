/** One picocli command class per {@code warta} subcommand. */
package org.warta.app.cli;
