package cn.guifan.registry.collection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason a registrar reads on a failed collection names what failed, even when the
 * exception carries no message (it said "生成失败：null" before).
 */
class CollectionBuildListenerTest {

	@Test
	void anExceptionWithoutAMessageIsNamedByItsKind() {
		assertThat(CollectionBuildListener.describe(new NullPointerException()))
			.isEqualTo("NullPointerException（内部错误，详见服务日志）");
		assertThat(CollectionBuildListener.describe(new IllegalStateException("字体文件缺失"))).isEqualTo("字体文件缺失");
	}

}
