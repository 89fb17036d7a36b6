/**
 * Registration (登记) in the pages: a registrar uploads a file, checks what was read from
 * it and where, corrects it and saves it; the document gets its 统一登记号 in the government's
 * configured format and reaches search at once. Owns {@code registration_number}.
 */
@NullMarked
package cn.guifan.registry.registration;

import org.jspecify.annotations.NullMarked;
