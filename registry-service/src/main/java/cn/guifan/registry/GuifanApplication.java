package cn.guifan.registry;

import cn.guifan.ingest.job.IngestJobConfiguration;
import cn.guifan.registry.config.GuifanProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The Guifan registry application: its features are the sub-packages of this one, each a
 * Spring Modulith application module (see docs/architecture.md). It is started by the
 * command line ({@code cn.guifan.registry.cli.Main}).
 */
@SpringBootApplication
@EnableConfigurationProperties(GuifanProperties.class)
@Import(IngestJobConfiguration.class)
public class GuifanApplication {

}
