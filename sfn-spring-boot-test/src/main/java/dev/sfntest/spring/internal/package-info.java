/**
 * How the Spring Boot support works; not API, may change in any release. Users import {@code
 * dev.sfntest.spring} only.
 */
package dev.sfntest.spring.internal;
