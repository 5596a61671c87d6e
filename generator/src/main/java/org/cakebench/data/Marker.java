package org.cakebench.data;

/**
 * The marker shape an observer is drawn with (paper: humans diamonds, models circles/triangles).
 */
public enum Marker {
  DIAMOND,
  CIRCLE,
  TRIANGLE,
  SQUARE
}
