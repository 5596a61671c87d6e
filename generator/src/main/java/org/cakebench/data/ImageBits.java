package org.cakebench.data;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An immutable set of image positions of one dataset's {@link ImageIndex}, held as a bit set: which
 * images an observer got right, or which belong to a condition. Agreement of two observers over a
 * selection is then an XOR and a popcount per 64 images.
 */
public final class ImageBits {
  private final long[] words;

  private ImageBits(long[] words) {
    this.words = words;
  }

  /** The positions whose bits are set in {@code words} (copied). */
  public static ImageBits of(long[] words) {
    return new ImageBits(words.clone());
  }

  /** The empty set over {@code size} positions. */
  public static ImageBits none(int size) {
    return new ImageBits(new long[wordsFor(size)]);
  }

  /** Every position below {@code size}. */
  public static ImageBits all(int size) {
    long[] words = new long[wordsFor(size)];
    for (int i = 0; i < size; i++) {
      words[i >> 6] |= 1L << i;
    }
    return new ImageBits(words);
  }

  /** The number of 64-bit words that hold {@code size} positions. */
  static int wordsFor(int size) {
    return (size + 63) >>> 6;
  }

  /** Whether position {@code i} is in the set. */
  public boolean contains(int i) {
    int word = i >> 6;
    return word < words.length && (words[word] & (1L << i)) != 0;
  }

  /** The number of positions in the set. */
  public int count() {
    int n = 0;
    for (long w : words) {
      n += Long.bitCount(w);
    }
    return n;
  }

  /** The number of positions in both this set and {@code mask}. */
  public int countWithin(ImageBits mask) {
    int n = 0;
    int shared = Math.min(words.length, mask.words.length);
    for (int i = 0; i < shared; i++) {
      n += Long.bitCount(words[i] & mask.words[i]);
    }
    return n;
  }

  /** The number of positions of {@code mask} in exactly one of this set and {@code other}. */
  public int countDifferentWithin(ImageBits other, ImageBits mask) {
    int n = 0;
    int shared = Math.min(Math.min(words.length, other.words.length), mask.words.length);
    for (int i = 0; i < shared; i++) {
      n += Long.bitCount((words[i] ^ other.words[i]) & mask.words[i]);
    }
    return n;
  }

  /** The positions in exactly one of this set and {@code other}. */
  public ImageBits xor(ImageBits other) {
    long[] result = Arrays.copyOf(words, Math.max(words.length, other.words.length));
    for (int i = 0; i < other.words.length; i++) {
      result[i] ^= other.words[i];
    }
    return new ImageBits(result);
  }

  /** The positions in both this set and {@code other}. */
  public ImageBits and(ImageBits other) {
    long[] result = Arrays.copyOf(words, Math.min(words.length, other.words.length));
    for (int i = 0; i < result.length; i++) {
      result[i] &= other.words[i];
    }
    return new ImageBits(result);
  }

  /** The positions below {@code size} in neither this set nor {@code other}. */
  public ImageBits neither(ImageBits other, int size) {
    long[] result = all(size).words;
    for (int i = 0; i < result.length; i++) {
      long either =
          (i < words.length ? words[i] : 0) | (i < other.words.length ? other.words[i] : 0);
      result[i] &= ~either;
    }
    return new ImageBits(result);
  }

  /** Calls {@code action} with every position in the set, in increasing order. */
  public void forEach(IntConsumer action) {
    for (int w = 0; w < words.length; w++) {
      long bits = words[w];
      while (bits != 0) {
        action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
        bits &= bits - 1;
      }
    }
  }

  /** Builds a set position by position. */
  public static final class Builder {
    private final long[] words;

    /** A builder over {@code size} positions. */
    public Builder(int size) {
      this.words = new long[wordsFor(size)];
    }

    /** Adds position {@code i}. */
    public Builder add(int i) {
      words[i >> 6] |= 1L << i;
      return this;
    }

    /** The set built so far. */
    public ImageBits build() {
      return new ImageBits(words.clone());
    }
  }
}
