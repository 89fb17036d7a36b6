package cn.guifan.registry.collection;

/** No collection with the id asked for (or none the asker may see). */
public class CollectionNotFoundException extends RuntimeException {

	public CollectionNotFoundException(String id) {
		super("找不到编号为 " + id + " 的汇编");
	}

}
