package cn.guifan.registry.cli;

import picocli.CommandLine.Command;

/**
 * {@code guifan demo}: the service with the bundled sample documents of a fictional
 * county.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
		"启动登记库服务，并在登记库为空时载入内置示例文件（虚构的东川省丰原市青禾县的规章和规范性文件）。", "打开 http://localhost:8080 检索；按 Ctrl-C 停止。" })
class DemoCommand extends ServeCommand {

	@Override
	boolean loadSamples() {
		return true;
	}

}
