/** The interactive shell on JLine 3: the only package that writes to the terminal. */
package dev.cogsh.shell;
