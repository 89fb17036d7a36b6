package cn.guifan.schemas.json;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSchemaTest {

	private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
		.getSchema(JsonSchemas.read(JsonSchemas.DOCUMENT));

	@Test
	void acceptsARecordWithMetadata() {
		String json = """
				{"file":"a.txt","title":"青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知",
				 "docNumber":"青政办[2021]12号","docNumberNormalized":"青政办〔2021〕12号",
				 "issuers":["青禾县人民政府办公室"],"addressees":["各乡镇人民政府"],
				 "signedDate":"2021-03-15","publishedDate":null,"effectiveDate":"2021-05-01",
				 "effectiveRule":"ON_DATE","effectiveText":"本办法自2021年5月1日起施行",
				 "validity":{"years":5,"months":null,"until":null,"text":"有效期5年"},"expiryDate":"2026-04-30",
				 "trial":false,"disclosure":"主动公开","kind":"NORMATIVE_DOCUMENT","kindLabel":"行政规范性文件",
				 "kindReason":"印发办法的通知","history":[],"repeals":[],"citations":[
				   {"title":"中华人民共和国行政许可法","docNumber":null,"docNumberNormalized":null,"innerTitles":[],"start":10,"end":24}],
				 "structure":[{"level":"ARTICLE","label":"第一条","number":1,"heading":null,"start":0,"end":40,"children":[]}],
				 "issuedLine":null,"attachments":[],"indexNumber":null,"topic":null}
				""";
		assertThat(validate(json)).isEmpty();
	}

	@Test
	void acceptsAnUnreadableFileWithItsErrors() {
		assertThat(validate("{\"file\":\"bad.docx\",\"errors\":[{\"code\":\"CORRUPT_FILE\",\"message\":\"文件已损坏\"}]}"))
			.isEmpty();
	}

	@Test
	void acceptsARecordWithMetadataAndTheStepsOfExtractionThatFailed() {
		assertThat(validate("""
				{"file":"a.txt","title":"某县城区停车收费管理办法","kind":"OTHER","kindReason":"x","repeals":[],
				 "errors":[{"code":"STAGE_FAILED","stage":"RepealStage","message":"未能读取废止条款"}]}
				""")).isEmpty();
	}

	@Test
	void rejectsAFailedStepWithoutItsStageAndAnUnreadableFileWithoutErrors() {
		assertThat(validate("""
				{"file":"a.txt","title":"某县城区停车收费管理办法","kind":"OTHER","kindReason":"x",
				 "errors":[{"code":"STAGE_FAILED","message":"未能读取废止条款"}]}
				""")).isNotEmpty();
		assertThat(
				validate("{\"file\":\"a.txt\",\"title\":\"t\",\"kind\":\"OTHER\",\"kindReason\":\"x\",\"errors\":[]}"))
			.isNotEmpty();
		assertThat(validate("{\"file\":\"bad.docx\",\"errors\":[]}")).isNotEmpty();
	}

	@Test
	void rejectsARecordWithoutTitleOrWithAnUnknownKindOrABadDate() {
		assertThat(validate("{\"file\":\"a.txt\",\"kind\":\"LAW\",\"kindReason\":\"x\"}")).isNotEmpty();
		assertThat(validate("{\"file\":\"a.txt\",\"title\":\"t\",\"kind\":\"POEM\",\"kindReason\":\"x\"}"))
			.isNotEmpty();
		assertThat(validate(
				"{\"file\":\"a.txt\",\"title\":\"t\",\"kind\":\"LAW\",\"kindReason\":\"x\",\"signedDate\":\"2020年1月1日\"}"))
			.isNotEmpty();
	}

	private List<Error> validate(String json) {
		return this.schema.validate(json, com.networknt.schema.InputFormat.JSON);
	}

}
