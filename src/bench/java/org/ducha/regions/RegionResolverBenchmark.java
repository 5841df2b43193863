package org.ducha.regions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Region resolution on one core: addresses from the corpus, and complaint-length paragraphs built from them,
 * resolved within the 临汾 campaign's region (141000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RegionResolverBenchmark {

	RegionResolver resolver;

	List<String> addresses;

	List<String> paragraphs;

	int next;

	@Setup
	public void load() throws IOException {
		this.resolver = RegionResolver.load(RegionDirectory.load());
		this.addresses = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/regions/corpus.tsv"), StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				this.addresses.add(line.split("\t", -1)[5]);
			}
		}
		this.paragraphs = new ArrayList<>();
		for (int i = 0; i + 2 < this.addresses.size(); i += 3) {
			this.paragraphs.add("来电人反映：" + this.addresses.get(i) + "有一家企业夜间偷排废水，河水发黑发臭，多年来一直如此。此前曾向"
					+ this.addresses.get(i + 1) + "有关部门反映，但问题没有解决。希望督察组督促当地尽快处理。另据了解，"
					+ this.addresses.get(i + 2) + "也存在类似情况。");
		}
	}

	@Benchmark
	public Object resolveAnAddress() {
		this.next = (this.next + 1) % this.addresses.size();
		return this.resolver.resolve(this.addresses.get(this.next), "141000");
	}

	@Benchmark
	public Object resolveAComplaintParagraph() {
		this.next = (this.next + 1) % this.paragraphs.size();
		return this.resolver.resolve(this.paragraphs.get(this.next), "141000");
	}

}
