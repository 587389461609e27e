package org.warta.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageStateTest {

    @Test
    void roundTripsPlainState() {
        ArrayList<int[]> state = new ArrayList<>(List.of(new int[] {1, 2, 3}, new int[0]));
        @SuppressWarnings("unchecked")
        ArrayList<int[]> back = StageState.fromBytes(StageState.toBytes(state), ArrayList.class, "test");
        assertThat(back).hasSize(2);
        assertThat(back.get(0)).containsExactly(1, 2, 3);
    }

    @Test
    void refusesClassesOutsideTheStateAllowList() {
        byte[] foreign = StageState.toBytes(new ArrayList<>(List.of(URI.create("http://example.org/"))));
        assertThatThrownBy(() -> StageState.fromBytes(foreign, ArrayList.class, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a test snapshot: refused class java.net.URI");
    }

    @Test
    void refusesGarbageAndWrongType() {
        assertThatThrownBy(() -> StageState.fromBytes(new byte[] {1, 2, 3}, ArrayList.class, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a test snapshot");
        byte[] list = StageState.toBytes(new ArrayList<>());
        assertThatThrownBy(() -> StageState.fromBytes(list, java.util.HashMap.class, "test"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
