/**
 * The pages of the report: one builder per kind of page gives {@link
 * org.cakebench.site.pages.PageModel}s (template plus view records), which {@link
 * org.cakebench.site.pages.Templates} renders into {@link org.cakebench.site.pages.Page}s.
 */
@NullMarked
package org.cakebench.site.pages;

import org.jspecify.annotations.NullMarked;
