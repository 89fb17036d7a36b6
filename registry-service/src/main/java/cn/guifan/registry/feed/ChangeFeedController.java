package cn.guifan.registry.feed;

import cn.guifan.registry.common.InvalidRequestException;
import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Atom change feeds: {@code /feeds/changes.atom} (the registry),
 * {@code /feeds/issuers/{issuer}.atom} (an issuer's documents, joint ones included) and
 * {@code /documents/{id}/changes.atom} (one document). Paged with {@code before} and
 * {@code after}, which the feed's {@code next} and {@code previous} links carry.
 */
@RestController
@Hidden
class ChangeFeedController {

	static final int DEFAULT_SIZE = 50;

	private final ChangeFeeds feeds;

	ChangeFeedController(ChangeFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(path = "/feeds/changes.atom", produces = AtomFeed.MEDIA_TYPE)
	ResponseEntity<String> registry(@RequestParam(required = false) @Nullable String before,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String size) {
		return atom(ChangeFeeds.Which.registry(), before, after, size);
	}

	@GetMapping(path = "/feeds/issuers/{issuer}.atom", produces = AtomFeed.MEDIA_TYPE)
	ResponseEntity<String> issuer(@PathVariable String issuer, @RequestParam(required = false) @Nullable String before,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String size) {
		return atom(ChangeFeeds.Which.issuer(issuer.strip()), before, after, size);
	}

	@GetMapping(path = "/documents/{id}/changes.atom", produces = AtomFeed.MEDIA_TYPE)
	ResponseEntity<String> document(@PathVariable long id, @RequestParam(required = false) @Nullable String before,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String size) {
		return atom(ChangeFeeds.Which.document(id), before, after, size);
	}

	private ResponseEntity<String> atom(ChangeFeeds.Which which, @Nullable String before, @Nullable String after,
			@Nullable String size) {
		if (before != null && after != null) {
			throw new InvalidRequestException("after", "before 和 after 只能给出一个");
		}
		int pageSize = DEFAULT_SIZE;
		if (size != null) {
			try {
				pageSize = Integer.parseInt(size.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidRequestException("size", "每页条数“" + size + "”不是数字");
			}
			if (pageSize < 1 || pageSize > 200) {
				throw new InvalidRequestException("size", "每页条数须在 1 到 200 之间，收到 " + pageSize);
			}
		}
		AtomFeed feed = this.feeds.page(which, (before != null) ? Cursor.parse("before", before) : null,
				(after != null) ? Cursor.parse("after", after) : null, pageSize);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE)).body(feed.toXml());
	}

}
