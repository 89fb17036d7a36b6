package cn.guifan.registry.common;

/** No document with the id asked for (or none the asker may see). */
public class DocumentNotFoundException extends RuntimeException {

	public DocumentNotFoundException(String id) {
		super("找不到编号为 " + id + " 的文件");
	}

}
