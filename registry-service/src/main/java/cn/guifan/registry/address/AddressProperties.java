package cn.guifan.registry.address;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the stable addresses ({@code guifan.addresses.*}).
 *
 * @param baseUrl the address the public reaches the registry at (e.g.
 * {@code https://gfxwj.example.gov.cn}), for QR codes, feeds and exports; when not set,
 * the address of the request, or {@code http://localhost:8080} outside a request
 */
@ConfigurationProperties("guifan.addresses")
public record AddressProperties(@Nullable URI baseUrl) {
}
