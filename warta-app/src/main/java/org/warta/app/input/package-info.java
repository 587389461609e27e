/** Reading inputs from the file system: files, folders (recursively), gzip; limits; one-line problems. */
package org.warta.app.input;
