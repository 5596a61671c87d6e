/**
 * Markdown commentary from {@code content/}: placeholders such as {@code {{
 * texture.simclr_resnet50x1 }}} resolved from the analyses, flexmark rendering and jsoup
 * sanitising.
 */
@NullMarked
package org.cakebench.site.content;

import org.jspecify.annotations.NullMarked;
