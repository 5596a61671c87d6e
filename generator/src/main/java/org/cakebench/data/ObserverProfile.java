package org.cakebench.data;

import org.jspecify.annotations.Nullable;

/**
 * What the report knows about one observer: display name, group, style and, for models, how to run
 * it.
 *
 * @param id the {@code subj} value in the trial files
 * @param name display name, e.g. {@code SimCLR-x1}
 * @param group human, supervised, self-supervised or other
 * @param family model family, e.g. {@code SimCLR}
 * @param inPaper whether it is one of the paper's observers
 * @param provenance where the weights (or trials) come from
 * @param colour {@code #rrggbb}
 * @param marker marker shape
 * @param listed whether {@code observers.yaml} lists it (false: found only in the data)
 * @param model how to run it; null for humans
 */
public record ObserverProfile(
    String id,
    String name,
    ObserverGroup group,
    String family,
    boolean inPaper,
    String provenance,
    String colour,
    Marker marker,
    boolean listed,
    @Nullable ModelInput model) {

  /**
   * Whether it is one of the models the paper's claims are about: among its 32 and in its
   * supervised or self-supervised group. Extras never count, whatever group they name.
   */
  public boolean compared() {
    return inPaper && (group == ObserverGroup.SUPERVISED || group == ObserverGroup.SELF_SUPERVISED);
  }
}
