package org.cakebench.figures;

import java.awt.Color;
import org.cakebench.data.ObserverGroup;
import org.knowm.xchart.style.markers.Marker;

/**
 * How one observer is drawn: its display name, group, colour and marker as the observer catalog
 * says, and whether it is one of the paper's observers.
 *
 * @param id observer id in the data ({@code humans} for the pooled humans)
 * @param name display name
 * @param group human, supervised, self-supervised or other
 * @param family model family (may be empty)
 * @param paper whether it is one of the paper's observers: the humans or a model it compares
 * @param colour line and marker colour
 * @param marker XChart marker of its {@link org.cakebench.data.Marker}
 * @param markerName the catalog's marker, for grouping styles
 */
record ObserverStyle(
    String id,
    String name,
    ObserverGroup group,
    String family,
    boolean paper,
    Color colour,
    Marker marker,
    org.cakebench.data.Marker markerName) {

  /** The same style under another display name. */
  ObserverStyle withName(String newName) {
    return new ObserverStyle(id, newName, group, family, paper, colour, marker, markerName);
  }

  /** The same style in another colour. */
  ObserverStyle withColour(Color newColour) {
    return new ObserverStyle(id, name, group, family, paper, newColour, marker, markerName);
  }

  /** The lighter look of a model outside the paper drawn as context beneath the paper's. */
  ObserverStyle faded() {
    return withColour(Theme.alpha(colour, Theme.CONTEXT_ALPHA));
  }

  /** Whether two observers look the same in a figure. */
  boolean looksLike(ObserverStyle other) {
    return colour.equals(other.colour) && markerName == other.markerName;
  }
}
