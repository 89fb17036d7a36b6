package cn.guifan.registry;

import cn.guifan.ingest.job.IngestJobConfiguration;
import cn.guifan.registry.cli.ExitCodes;
import cn.guifan.registry.cli.GuifanCommand;
import cn.guifan.registry.config.GuifanProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The Guifan registry application. {@link #main} is the command line:
 * {@code guifan demo}, {@code guifan serve}, {@code guifan ingest DIR} and the other
 * subcommands.
 */
@SpringBootApplication
@EnableConfigurationProperties(GuifanProperties.class)
@Import(IngestJobConfiguration.class)
public class GuifanApplication {

	public static void main(String[] args) {
		int code = GuifanCommand.execute(args);
		if (code != ExitCodes.KEEP_RUNNING) {
			System.exit(code);
		}
	}

}
