package org.warta.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Java serialisation of a stage's state object graph, read back through an {@link ObjectInputFilter} that admits
 * only Warta's own classes, fastutil's primitive collections, {@code java.lang}, {@code java.util} and {@code java.time} (JEP 290), with bounds on depth and
 * size, so a corrupted or foreign blob is refused instead of instantiating arbitrary classes.
 */
public final class StageState {

    /** Classes a stage's state may be made of; everything else is rejected. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxarray=268435456;org.warta.**;it.unimi.dsi.fastutil.**;java.lang.*;java.util.*;java.time.*;!*");

    private StageState() {
    }

    /** The bytes of {@code state}. */
    public static byte[] toBytes(Serializable state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The state in {@code bytes}, which must be a {@code type}.
     *
     * @param what names the stage in the message when the bytes are not its state
     * @throws IllegalArgumentException when the bytes are not a {@code type} written by {@link #toBytes}
     */
    public static <T extends Serializable> T fromBytes(byte[] bytes, Class<T> type, String what) {
        String[] refused = new String[1];
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = FILTER.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED && refused[0] == null) {
                    refused[0] = info.serialClass() == null ? "limits exceeded" : info.serialClass().getName();
                }
                return status;
            });
            return type.cast(in.readObject());
        } catch (InvalidClassException e) {
            throw new IllegalArgumentException("not a " + what + " snapshot: refused class " + refused[0], e);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("not a " + what + " snapshot: " + e.getMessage(), e);
        }
    }
}
