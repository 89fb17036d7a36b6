package cn.guifan.registry.collection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import cn.guifan.registry.export.ExportFormat;
import cn.guifan.registry.security.CurrentUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The collections API: {@code POST /api/v1/collections} (registrars) defines one and
 * starts its build; {@code GET /api/v1/collections/{id}} gives its definition, state and
 * progress; {@code .pdf} and {@code .docx} download it once built.
 */
@RestController
@RequestMapping("/api/v1/collections")
class CollectionApiController {

	private final Collections collections;

	CollectionApiController(Collections collections) {
		this.collections = collections;
	}

	@PostMapping
	ResponseEntity<CollectionView> create(@RequestBody CollectionRequest request) {
		CompiledCollection created = this.collections.create(request.toDefinition(), CurrentUser.name());
		return ResponseEntity
			.created(
					ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(CollectionView.of(created));
	}

	@GetMapping
	List<CollectionView> list() {
		return this.collections.list(CurrentUser.maySeeRestricted()).stream().map(CollectionView::of).toList();
	}

	// Digits only: "/{id}" would otherwise also take "1.pdf" (a pattern with fewer
	// variables is the more specific one) and answer 404 for every download.
	@GetMapping("/{id:[0-9]+}")
	CollectionView get(@PathVariable String id) {
		return CollectionView.of(this.collections.require(parse(id), CurrentUser.maySeeRestricted()));
	}

	@GetMapping("/{id}/documents")
	List<CompiledCollection.Item> documents(@PathVariable String id) {
		return this.collections.items(parse(id), CurrentUser.maySeeRestricted());
	}

	@PostMapping("/{id}/rebuild")
	CollectionView rebuild(@PathVariable String id) {
		return CollectionView.of(this.collections.rebuild(parse(id), CurrentUser.name()));
	}

	@GetMapping("/{id}.{format}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String format) {
		ExportFormat f = ExportFormat.ofExtension(format)
			.filter((x) -> x != ExportFormat.TXT)
			.orElseThrow(() -> new CollectionNotFoundException(id + "." + format));
		long collectionId = parse(id);
		boolean restricted = CurrentUser.maySeeRestricted();
		Path file = this.collections.file(collectionId, f, restricted);
		CompiledCollection c = this.collections.require(collectionId, restricted);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(Collections.fileName(c, f), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(file));
	}

	static long parse(String id) {
		try {
			return Long.parseLong(id.strip());
		}
		catch (NumberFormatException ex) {
			throw new CollectionNotFoundException(id);
		}
	}

	@ExceptionHandler(CollectionNotFoundException.class)
	ProblemDetail notFound(CollectionNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("汇编不存在");
		return problem;
	}

}
