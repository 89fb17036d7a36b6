package cn.guifan.registry.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.registry.support.Corpus;
import cn.guifan.search.analysis.ChineseAnalyzer;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/** Diagnostic: single-threaded cost per document of each ingest stage. */
public final class StageCost {

	public static void main(String[] args) throws Exception {
		List<Path> files = Corpus.sampleOfLaws(800, 3);
		TextExtractor extractor = new TextExtractor();
		AutoDetectParser parser = new AutoDetectParser();
		MetadataExtractor metadata = MetadataExtractor.standard();
		ChineseAnalyzer analyzer = new ChineseAnalyzer();
		for (int round = 0; round < 3; round++) {
			long sha = 0, detect = 0, bareParse = 0, extract = 0, meta = 0, words = 0, normalize = 0;
			for (Path f : files) {
				long t0 = System.nanoTime();
				TextExtractor.sha256(f, "x");
				long t1 = System.nanoTime();
				Metadata md = new Metadata();
				try (TikaInputStream in = TikaInputStream.get(f)) {
					parser.getDetector().detect(in, md);
				}
				long t2 = System.nanoTime();
				BodyContentHandler h = new BodyContentHandler(-1);
				try (InputStream in = Files.newInputStream(f)) {
					parser.parse(in, h, new Metadata(), new ParseContext());
				}
				long t3 = System.nanoTime();
				String text = extractor.extract(f, f.getFileName().toString()).text();
				long t4 = System.nanoTime();
				metadata.extract(text, f.getFileName().toString());
				long t5 = System.nanoTime();
				analyzer.wordsJoined(text);
				long t6 = System.nanoTime();
				analyzer.normalize(text);
				long t7 = System.nanoTime();
				sha += t1 - t0;
				detect += t2 - t1;
				bareParse += t3 - t2;
				extract += t4 - t3;
				meta += t5 - t4;
				words += t6 - t5;
				normalize += t7 - t6;
			}
			int n = files.size();
			System.out.printf(
					"round %d, µs/doc: sha %d, detect %d, bare tika parse %d, our extract %d, metadata %d, hanlp words %d, normalize %d%n",
					round, sha / n / 1000, detect / n / 1000, bareParse / n / 1000, extract / n / 1000, meta / n / 1000,
					words / n / 1000, normalize / n / 1000);
		}
	}

}
