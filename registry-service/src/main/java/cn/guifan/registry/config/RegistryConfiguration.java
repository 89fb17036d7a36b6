package cn.guifan.registry.config;

import java.time.Clock;

import cn.guifan.ingest.job.IngestJobConfiguration;
import cn.guifan.ingest.job.IngestProperties;
import cn.guifan.ingest.text.OcrSettings;
import cn.guifan.ingest.text.ReadLimits;
import cn.guifan.search.analysis.ChineseAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Shared building blocks: the settings, the clock, the Chinese analyzer, and the ingest
 * job with its settings. A configuration class rather than annotations on the application
 * class, so that test slices (web only) do not start the ingest job.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GuifanProperties.class)
@Import(IngestJobConfiguration.class)
class RegistryConfiguration {

	/** A post-processor: static, so that it exists before the data source's settings. */
	@Bean
	static H2Tuning h2Tuning(Environment environment) {
		return new H2Tuning(environment.getProperty(H2Tuning.URL_OPTIONS, ""));
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	ChineseAnalyzer chineseAnalyzer() {
		return new ChineseAnalyzer();
	}

	@Bean
	IngestProperties ingestProperties(GuifanProperties properties) {
		GuifanProperties.Ingest ingest = properties.ingest();
		ReadLimits limits = new ReadLimits(ingest.maxFileBytes(), ingest.maxTextChars(), ingest.parseTimeout(),
				ingest.maxAbandonedParses(), ingest.maxArchiveEntries(), ingest.maxArchiveBytes(),
				ingest.maxCompressionRatio(), ingest.maxArchiveDepth());
		OcrSettings ocr = new OcrSettings(ingest.ocr(), ingest.ocrLanguage(), ingest.tesseractPath(),
				OcrSettings.DEFAULT.dpi());
		return new IngestProperties(ingest.chunkSize(), ingest.threads(), limits, ocr, properties.ingestWorkDir());
	}

}
