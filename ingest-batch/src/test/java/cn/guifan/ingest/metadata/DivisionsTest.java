package cn.guifan.ingest.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionsTest {

	@Test
	void aDistrictIsWrittenWithItsCity() {
		Divisions.Placed placed = Divisions.placed("江汉区人民政府办公室", () -> "");
		assertThat(placed).isNotNull();
		assertThat(placed.name()).isEqualTo("武汉市江汉区人民政府办公室");
		assertThat(placed.note()).contains("江汉区").contains("行政区划代码");
	}

	@Test
	void aMunicipalitysDistrictIsWrittenWithTheMunicipality() {
		assertThat(Divisions.placed("杨浦区人民政府办公室", () -> "")).extracting(Divisions.Placed::name)
			.isEqualTo("上海市杨浦区人民政府办公室");
	}

	@Test
	void aTownshipIsWrittenWithItsCountyOrWithItsCityAndDistrict() {
		assertThat(Divisions.placed("腰山镇人民政府", () -> "")).extracting(Divisions.Placed::name).isEqualTo("顺平县腰山镇人民政府");
		assertThat(Divisions.placed("南马镇疫情防控指挥部", () -> "")).extracting(Divisions.Placed::name)
			.isEqualTo("东阳市南马镇疫情防控指挥部");
		assertThat(Divisions.placed("杨陵街道办事处", () -> "")).extracting(Divisions.Placed::name).isEqualTo("咸阳市杨陵区杨陵街道办事处");
		// A district's township named with its district: the city goes before both.
		assertThat(Divisions.placed("杨陵区杨陵街道办事处", () -> "")).extracting(Divisions.Placed::name)
			.isEqualTo("咸阳市杨陵区杨陵街道办事处");
	}

	@Test
	void aSharedNameIsChosenByThePlaceTheTextNamesElseLeft() {
		// 鼓楼区: 南京, 徐州, 福州, 开封.
		assertThat(Divisions.placed("鼓楼区人民政府", () -> "关于福州市鼓楼区老旧小区改造的通知")).extracting(Divisions.Placed::name)
			.isEqualTo("福州市鼓楼区人民政府");
		assertThat(Divisions.placed("鼓楼区人民政府", () -> "全区各街道办事处")).isNull();
		assertThat(Divisions.placed("鼓楼区人民政府", () -> "南京、福州两地")).isNull();
		// 城关镇: dozens of counties; the text's own county decides.
		assertThat(Divisions.placed("城关镇人民政府", () -> "临潭县城关镇2020年工作要点")).extracting(Divisions.Placed::name)
			.isEqualTo("临潭县城关镇人民政府");
	}

	@Test
	void namesAlreadyPlacedPartyCommitteesAndUnknownPlacesAreLeft() {
		assertThat(Divisions.placed("武汉市江汉区人民政府", () -> "")).isNull();
		assertThat(Divisions.placed("顺平县腰山镇人民政府", () -> "")).isNull();
		assertThat(Divisions.placed("中共杨陵区委", () -> "")).isNull();
		assertThat(Divisions.placed("青禾县人民政府", () -> "")).isNull();
		assertThat(Divisions.placed("丰原市生态环境局", () -> "")).isNull();
		// A two-character name only before 人民政府: 西区管委会 may be any zone's.
		assertThat(Divisions.placed("西区管理委员会", () -> "")).isNull();
		assertThat(Divisions.placed("西区人民政府", () -> "")).extracting(Divisions.Placed::name).isEqualTo("攀枝花市西区人民政府");
	}

}
