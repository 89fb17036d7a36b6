package cn.guifan.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Guifan registry application: its features are the sub-packages of this one, each a
 * Spring Modulith application module (see docs/architecture.md). It is started by the
 * command line ({@code cn.guifan.registry.cli.Main}).
 */
@SpringBootApplication
public class GuifanApplication {

}
