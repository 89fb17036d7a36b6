package cn.guifan.registry.campaign;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * An H2 trigger with which the database refuses the last write of a publication: the
 * campaign's move to 已发布.
 */
public class RefusePublication implements Trigger {

	private int stateColumn = -1;

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
			throws SQLException {
		try (var columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
			while (columns.next()) {
				if (columns.getString("COLUMN_NAME").equalsIgnoreCase("state")) {
					this.stateColumn = columns.getInt("ORDINAL_POSITION") - 1;
				}
			}
		}
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow != null && "PUBLISHED".equals(newRow[this.stateColumn])) {
			throw new SQLException("测试：数据库拒绝了发布的最后一次写入");
		}
	}

}
