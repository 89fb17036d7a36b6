package cn.guifan.registry.web;

/**
 * The Chinese words for each error status: a title, and what to do when nothing more
 * precise is known.
 */
final class ErrorTexts {

	private ErrorTexts() {
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "请求有误";
			case 401 -> "需要登录";
			case 403 -> "没有权限";
			case 404 -> "找不到页面或文件";
			case 405 -> "不支持该请求方法";
			case 406 -> "无法提供所要求的格式";
			case 408 -> "请求超时";
			case 409 -> "操作冲突";
			case 413 -> "上传内容过大";
			case 414 -> "请求地址过长";
			case 415 -> "不支持的内容类型";
			case 429 -> "请求过于频繁";
			case 431 -> "请求头过大";
			case 503 -> "服务暂时不可用";
			default -> (status >= 500) ? "服务器出错了" : "请求未能完成";
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "请求的格式或参数不正确，请检查后重试。";
			case 401 -> "请先登录。页面请从“登录”进入；接口请使用 HTTP Basic 认证（用户名和密码）。";
			case 403 -> "您的账户没有权限访问此页面或接口。";
			case 404 -> "找不到您要访问的页面或文件，请检查地址是否正确。";
			case 405 -> "此地址不支持这种请求方法。";
			case 406 -> "无法以所要求的格式提供内容，接口只提供 JSON。";
			case 408 -> "请求发送时间过长，连接已关闭，请重试。";
			case 413 -> "上传的文件或提交的内容超过了上限。";
			case 414 -> "请求地址过长，请缩短检索词或参数。";
			case 415 -> "不支持此内容类型：接口请提交 JSON（Content-Type: application/json），上传文件请用 multipart/form-data。";
			case 429 -> "请求过于频繁，请稍后再试。";
			case 431 -> "请求头过大，请清除本站的 Cookie 后重试。";
			case 503 -> "服务暂时不可用，请稍后再试。";
			default -> (status >= 500) ? "服务器处理请求时出错，请稍后再试；如果问题持续，请联系管理员。" : "请求未能完成。";
		};
	}

}
