package se.ekonomiuppfoljning.imports.sie;

import java.util.Arrays;

/**
 * Numbers the distinct codes (units, accounts) of a file: 0, 1, 2… in the order first seen. A code can be looked
 * up from a range of a line without cutting it out, so a row of a large file allocates nothing for its codes.
 */
final class Codes {

    private String[] codes = new String[256];
    private int size;
    /** Open addressing: id + 1, 0 for a free slot. */
    private int[] table = new int[512];
    /** The id returned last, -1 before the first. */
    private int last = -1;

    int size() {
        return size;
    }

    String code(int id) {
        return codes[id];
    }

    int id(String code) {
        return id(code, 0, code.length());
    }

    /** The id of {@code text.substring(from, to)}, numbering it if it is new. */
    int id(String text, int from, int to) {
        int length = to - from;
        if (last >= 0 && matches(codes[last], text, from, length)) {
            return last; // rows of a voucher mostly repeat the unit
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                break;
            }
            if (matches(codes[entry - 1], text, from, length)) {
                last = entry - 1;
                return last;
            }
            slot = (slot + 1) & mask;
        }
        int id = size++;
        if (id == codes.length) {
            codes = Arrays.copyOf(codes, id * 2);
        }
        codes[id] = from == 0 && to == text.length() ? text : text.substring(from, to);
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        last = id;
        return id;
    }

    private static boolean matches(String code, String text, int from, int length) {
        if (code.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (code.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = spread(codes[id].hashCode()) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        table = bigger;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
