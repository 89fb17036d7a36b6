package cn.guifan.registry.address;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.security.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The short addresses people print and type: {@code /d/青政办规〔2022〕2号} (any printing of the
 * number), {@code /d/QHGF-2022-02}, {@code /d/17}, a version by number or date; and the
 * QR code of a document's canonical address.
 */
@Controller
class AddressPageController {

	private final StableAddresses addresses;

	AddressPageController(StableAddresses addresses) {
		this.addresses = addresses;
	}

	@GetMapping("/d/{reference}")
	Object document(@PathVariable String reference, Model model) {
		return redirectOrChoose(reference, "", model);
	}

	/** The document as it stood on a date: {@code /d/青政办规〔2022〕2号/2024-01-01}. */
	@GetMapping("/d/{reference}/{date:\\d{4}-\\d{2}-\\d{2}}")
	Object onDate(@PathVariable String reference, @PathVariable String date, Model model) {
		LocalDate day;
		try {
			day = LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("date", "日期“" + date + "”无效，应为 YYYY-MM-DD 格式");
		}
		return redirectOrChoose(reference, "?asOf=" + day, model);
	}

	/** A version by its number: {@code /d/会计法/versions/1}. */
	@GetMapping("/d/{reference}/versions/{versionNo}")
	Object version(@PathVariable String reference, @PathVariable int versionNo, Model model) {
		Resolution resolution = this.addresses.resolve(reference, CurrentUser.maySeeRestricted());
		if (resolution.documents().size() != 1) {
			return redirectOrChoose(reference, "", model);
		}
		long id = resolution.documents().get(0).id();
		if (!this.addresses.hasVersion(id, versionNo)) {
			throw new DocumentNotFoundException(id + " 的第 " + versionNo + " 版");
		}
		String query = this.addresses.versionDate(id, versionNo).map((d) -> "?asOf=" + d).orElse("");
		return redirect(StableAddresses.path(id) + query);
	}

	/** The QR code of a document's canonical address, as SVG. */
	@GetMapping(path = "/documents/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrSvg(@PathVariable long id) {
		DocumentSummary document = visible(id);
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS))
			.body(QrCodes.svg(this.addresses.url(id), "《" + document.title() + "》的固定链接二维码"));
	}

	/** The QR code of a document's canonical address, as PNG. */
	@GetMapping(path = "/documents/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrPng(@PathVariable long id) {
		visible(id);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS))
			.body(QrCodes.png(this.addresses.url(id), 8));
	}

	private DocumentSummary visible(long id) {
		Resolution resolution = this.addresses.resolve(Long.toString(id), CurrentUser.maySeeRestricted());
		if (resolution.documents().isEmpty()) {
			throw new DocumentNotFoundException(Long.toString(id));
		}
		return resolution.documents().get(0);
	}

	private Object redirectOrChoose(String reference, String query, Model model) {
		Resolution resolution = this.addresses.resolve(reference, CurrentUser.maySeeRestricted());
		if (resolution.documents().isEmpty()) {
			throw new DocumentNotFoundException("“" + reference + "”（发文字号、统一登记号或登记编号）");
		}
		if (resolution.documents().size() == 1) {
			return redirect(StableAddresses.path(resolution.documents().get(0).id()) + query);
		}
		// Several documents answer to the number: the choice is the user's (300).
		model.addAttribute("resolution", resolution);
		model.addAttribute("query", query);
		return new org.springframework.web.servlet.ModelAndView("address/choices", model.asMap(),
				HttpStatus.MULTIPLE_CHOICES);
	}

	private static ResponseEntity<Void> redirect(String target) {
		// Found, not Moved Permanently: a number that names one document today may name
		// two after a correction; the canonical address itself never moves.
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(encodePath(target))).build();
	}

	/** Percent-encodes what is not ASCII, leaving the path's own characters. */
	private static String encodePath(String target) {
		StringBuilder out = new StringBuilder();
		for (char c : target.toCharArray()) {
			if (c < 0x80) {
				out.append(c);
			}
			else {
				out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
			}
		}
		return out.toString();
	}

}
