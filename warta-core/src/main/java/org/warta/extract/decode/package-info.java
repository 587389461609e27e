/** From bytes to characters: byte-order marks, declared and detected character sets, and the content kind. */
package org.warta.extract.decode;
