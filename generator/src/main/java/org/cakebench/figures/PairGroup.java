package org.cakebench.figures;

import org.cakebench.data.ObserverGroup;
import org.jspecify.annotations.Nullable;

/**
 * The groups of pairs of observers Figure 2 compares, in the paper's order: hum-hum, hum-sup,
 * hum-self, sup-sup, sup-self, self-self.
 */
enum PairGroup {
  HUM_HUM("hum\u2013hum", ObserverGroup.HUMAN, ObserverGroup.HUMAN),
  HUM_SUP("hum\u2013sup", ObserverGroup.HUMAN, ObserverGroup.SUPERVISED),
  HUM_SELF("hum\u2013self", ObserverGroup.HUMAN, ObserverGroup.SELF_SUPERVISED),
  SUP_SUP("sup\u2013sup", ObserverGroup.SUPERVISED, ObserverGroup.SUPERVISED),
  SUP_SELF("sup\u2013self", ObserverGroup.SUPERVISED, ObserverGroup.SELF_SUPERVISED),
  SELF_SELF("self\u2013self", ObserverGroup.SELF_SUPERVISED, ObserverGroup.SELF_SUPERVISED);

  final String label;
  final ObserverGroup a;
  final ObserverGroup b;

  PairGroup(String label, ObserverGroup a, ObserverGroup b) {
    this.label = label;
    this.a = a;
    this.b = b;
  }

  /** The group of a pair of observers of groups {@code x} and {@code y}; null for any other. */
  static @Nullable PairGroup of(ObserverGroup x, ObserverGroup y) {
    for (PairGroup p : values()) {
      if ((p.a == x && p.b == y) || (p.a == y && p.b == x)) {
        return p;
      }
    }
    return null;
  }
}
