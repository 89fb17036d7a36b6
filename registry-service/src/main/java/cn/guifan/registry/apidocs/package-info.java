/**
 * The OpenAPI 3 description of the JSON API, generated from the code by springdoc
 * ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}): paths, parameters and
 * schemas come from the controllers; each operation's Chinese summary, its errors and an
 * example come from its annotations or from {@code apidocs/operations.json}.
 */
@NullMarked
package cn.guifan.registry.apidocs;

import org.jspecify.annotations.NullMarked;
