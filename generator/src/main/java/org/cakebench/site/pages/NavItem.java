package org.cakebench.site.pages;

/**
 * One entry of the site navigation.
 *
 * @param key matches {@link PageModel#navKey()} of the pages it covers
 * @param href the relative link
 * @param label the visible text
 */
public record NavItem(String key, String href, String label) {}
