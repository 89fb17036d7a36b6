package cn.guifan.registry.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.guifan.ingest.metadata.MetadataExtractor;

import cn.guifan.registry.support.Corpus;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.Commencement;
import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.document.ExtractionError;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.Provision;
import cn.guifan.schemas.document.RepealClause;
import cn.guifan.schemas.document.SiteField;
import cn.guifan.schemas.document.SourceFile;
import cn.guifan.schemas.document.TextSpan;
import cn.guifan.schemas.document.Validity;
import cn.guifan.schemas.json.JsonSchemas;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentJsonTest {

	private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
		.getSchema(JsonSchemas.read(JsonSchemas.DOCUMENT));

	static DocumentMetadata everyField() {
		return DocumentMetadata.builder("青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知")
			.docNumber(DocNumbers.parse("青政办[2021]12号").orElseThrow())
			.registrationNumber("QHGF—2021—05")
			.issuers(List.of("青禾县人民政府办公室"))
			.addressees(List.of("各乡镇人民政府", "县政府各部门"))
			.signedDate(LocalDate.of(2021, 3, 15))
			.commencement(new Commencement(Commencement.Rule.ON_DATE, LocalDate.of(2021, 5, 1), "本办法自2021年5月1日起施行"))
			.effectiveDate(LocalDate.of(2021, 5, 1))
			.validity(new Validity(5, null, null, "有效期5年"))
			.expiryDate(LocalDate.of(2026, 4, 30))
			.trial(false)
			.disclosure(Disclosure.PUBLIC)
			.kind(DocumentKind.NORMATIVE_DOCUMENT, "印发办法的通知")
			.history(List.of(new HistoryEvent(HistoryEvent.Type.ADOPTED, LocalDate.of(1985, 1, 21), "常委会", null, null,
					"1985年1月21日 常委会通过")))
			.repeals(List.of(new RepealClause("青禾县城区占道经营管理暂行办法", DocNumbers.parse("青政办〔2019〕8号").orElseThrow(),
					"原《青禾县城区占道经营管理暂行办法》（青政办〔2019〕8号）同时废止", new TextSpan(10, 50))))
			.citations(List.of(new Citation("城市市容和环境卫生管理条例", null, new TextSpan(60, 75), List.of())))
			.structure(List.of(new Provision(Provision.Level.ARTICLE, "第一条", 1, null, new TextSpan(0, 40),
					List.of(new Provision(Provision.Level.PARAGRAPH, "", 1, null, new TextSpan(4, 40), List.of())))))
			.attachments(List.of("占道经营许可申请表"))
			.topic("城市管理")
			.provenance(MetadataField.TITLE, FieldProvenance.body())
			.provenance(MetadataField.PUBLISHED_DATE, FieldProvenance.siteTable("发布日期"))
			.provenance(MetadataField.KIND, FieldProvenance.derived(0.9, "印发办法的通知"))
			.siteFields(List.of(new SiteField("发文字号", "青政办〔2021〕12号"), new SiteField("成文日期", "2021-03-16")))
			.disagreement(new Disagreement(MetadataField.SIGNED_DATE, "2021-03-15", "2021-03-16"))
			.build();
	}

	@Test
	void writesWhatTheSchemaDescribesAndReadsItBack() {
		DocumentMetadata metadata = everyField();
		ObjectNode json = DocumentJson.toJson(metadata, new SourceFile("ab".repeat(32), "a.txt", "text/plain", 12));
		json.put("file", "a.txt");
		assertThat(SCHEMA.validate(json.toString(), InputFormat.JSON)).isEmpty();
		assertThat(json.get("docNumberNormalized").asString()).isEqualTo("青政办〔2021〕12号");
		assertThat(json.get("disclosure").asString()).isEqualTo("主动公开");
		assertThat(json.get("registrationNumber").asString()).isEqualTo("QHGF—2021—05");
		assertThat(json.at("/provenance/kind/confidence").asDouble()).isEqualTo(0.9);
		assertThat(json.at("/provenance/publishedDate/sourceLabel").asString()).isEqualTo("网页信息表");
		assertThat(json.at("/disagreements/0/fieldLabel").asString()).isEqualTo("成文日期");
		assertThat(DocumentJson.fromJson(json)).isEqualTo(metadata);
	}

	@Test
	void aProvisionCarriesNoEmptyHeadingOrChildren() {
		DocumentMetadata metadata = everyField().toBuilder()
			.structure(List.of(new Provision(Provision.Level.CHAPTER, "第一章", 1, "总则", new TextSpan(0, 60),
					List.of(new Provision(Provision.Level.ARTICLE, "第一条", 1, null, new TextSpan(6, 60), List.of())))))
			.build();
		ObjectNode json = DocumentJson.toJson(metadata, null);
		assertThat(json.toString()).contains("\"heading\":\"总则\"")
			.contains("{\"level\":\"ARTICLE\",\"label\":\"第一条\",\"number\":1,\"start\":6,\"end\":60}");
		json.put("file", "a.txt");
		assertThat(SCHEMA.validate(json.toString(), InputFormat.JSON)).isEmpty();
		assertThat(DocumentJson.fromJson(json)).isEqualTo(metadata);
	}

	@Test
	void theStoredRecordLeavesTheStructureOutAndTheTextGivesItBackAsExtractionFoundIt() throws IOException {
		List<Path> laws = Corpus.lawFiles();
		// A law with chapters, articles, paragraphs and items; a notice in traditional
		// script with injected pinyin, whose spans extraction gives back in the text as
		// found.
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < laws.size(); i += 401) {
			texts.add(Files.readString(laws.get(i)));
		}
		texts.add("""
				某縣人民政府關於印發(fā)某某管理辦法的通知
				第一章　總則
				第一條　為(wèi)了規範某某管理，制定本辦法。
				第二條　本辦法適用於本縣。
				（一）縣城；
				（二）鄉鎮。
				""");
		MetadataExtractor extractor = MetadataExtractor.standard();
		int structured = 0;
		for (String text : texts) {
			DocumentMetadata metadata = extractor.extract(text, "a.txt");
			structured += metadata.structure().isEmpty() ? 0 : 1;
			String stored = DocumentJson.toJsonString(metadata, null);
			assertThat(DocumentJson.mapper().readTree(stored).has("structure")).isFalse();
			assertThat(DocumentJson.fromJson(DocumentJson.mapper().readTree(stored)))
				.isEqualTo(metadata.toBuilder().structure(List.of()).build());
			assertThat(DocumentJson.structure(text)).isEqualTo(DocumentJson.toJson(metadata, null).get("structure"));
		}
		assertThat(structured).isGreaterThan(texts.size() / 2);
		// Its spans are in the text as found, pinyin and all.
		String traditional = texts.get(texts.size() - 1);
		JsonNode chapter = DocumentJson.structure(traditional).get(0);
		assertThat(traditional.substring(chapter.get("start").asInt())).startsWith("第一章");
		assertThat(traditional.substring(chapter.get("children").get(0).get("start").asInt()))
			.startsWith("第一條　為(wèi)了");
		assertThat(DocumentJson.structure("第一条规定的事项，另行通知。").isEmpty()).isTrue();
	}

	@Test
	void extractedMetadataOfRealDocumentsValidatesAndReadsBack() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(Corpus.seeds())) {
			seeds.sorted().forEach(files::add);
		}
		List<Path> all = Corpus.lawFiles();
		for (int i = 0; i < all.size(); i += 97) {
			files.add(all.get(i));
		}
		MetadataExtractor extractor = MetadataExtractor.standard();
		for (Path file : files) {
			DocumentMetadata metadata = extractor.extract(Files.readString(file), file.getFileName().toString());
			ObjectNode json = DocumentJson.toJson(metadata, null);
			json.put("file", file.toString());
			assertThat(SCHEMA.validate(json.toString(), InputFormat.JSON)).as(file.toString()).isEmpty();
			assertThat(DocumentJson.fromJson(json)).as(file.toString()).isEqualTo(metadata);
		}
	}

	@Test
	void theStepsOfExtractionThatFailedAreErrorsOfTheRecordNamingTheStage() {
		DocumentMetadata metadata = everyField().toBuilder()
			.repeals(List.of())
			.extractionErrors(List.of(new ExtractionError("RepealStage",
					"读取废止条款时出错，此项未识别，请核对原文：StringIndexOutOfBoundsException: begin 164, end 157, length 192")))
			.build();
		ObjectNode json = DocumentJson.toJson(metadata, null);
		json.put("file", "notice.txt");
		assertThat(SCHEMA.validate(json.toString(), InputFormat.JSON)).isEmpty();
		assertThat(json.get("errors")).singleElement().satisfies((e) -> {
			assertThat(e.get("code").asString()).isEqualTo("STAGE_FAILED");
			assertThat(e.get("stage").asString()).isEqualTo("RepealStage");
			assertThat(e.get("message").asString()).startsWith("读取废止条款时出错");
		});
		assertThat(json.get("title").asString()).isNotBlank();
		assertThat(DocumentJson.fromJson(json)).isEqualTo(metadata);
		assertThat(DocumentJson.toJson(everyField(), null).has("errors")).isFalse();
	}

	@Test
	void emptyMetadataIsValidToo() {
		ObjectNode json = DocumentJson.toJson(DocumentMetadata.builder("无题").build(), null);
		json.put("file", "x.txt");
		assertThat(SCHEMA.validate(json.toString(), InputFormat.JSON)).isEmpty();
	}

}
