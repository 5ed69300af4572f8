"""The articles of the extraction corpus, written for it (no third-party text).

Each article is a title and a list of blocks: ("p", text), ("h2", text), ("ul", [items]),
("code", language, source), ("quote", text). Inline markup in text: [words](url) is a link,
*words* is emphasis, `words` is inline code.
"""

EN = [
    dict(id="retry-budgets", title="Retry Budgets: Why Your Clients Should Give Up Sooner", blocks=[
        ("p", "Every distributed system eventually learns that retries are not free. A client that retries a failed call three times turns one overloaded server into a server facing four times the load, and the outage that started as a blip becomes a [thundering herd](https://example.org/herd)."),
        ("p", "A retry budget caps the share of requests that may be retries. Instead of asking whether this particular call deserves another attempt, the client asks whether the whole population of calls can afford it. When the ratio of retries to first attempts passes ten percent, new failures are returned to the caller at once."),
        ("h2", "Counting attempts without locks"),
        ("p", "The budget needs two counters that decay over time: first attempts and retries. A ring of per-second buckets is enough, and each bucket can be a plain atomic integer, so the hot path adds two increments and a comparison."),
        ("code", "go", "func (b *Budget) Allow() bool {\n    return b.retries.Load()*10 <= b.requests.Load()\n}"),
        ("p", "Budgets compose well with backoff. Backoff spreads the retries of one client over time, the budget limits how many retries the fleet sends at all, and together they keep a struggling dependency from being pushed over the edge."),
        ("p", "The lesson is older than microservices: *give the system room to recover*. A client that gives up sooner often lets the request succeed sooner, because the server it depends on is still standing."),
    ]),
    dict(id="sourdough-hydration", title="Understanding Hydration in Sourdough Baking", blocks=[
        ("p", "Hydration is the weight of water in a dough divided by the weight of flour. A loaf at seventy percent hydration uses seven hundred grams of water for every kilogram of flour, and that single number predicts much of how the dough will behave on the bench."),
        ("p", "Low hydration doughs, around sixty percent, are stiff and easy to shape. They give a tight, even crumb that suits sandwich loaves. High hydration doughs above seventy-five percent spread, stick and resist shaping, but they reward patience with an open, glossy crumb full of irregular holes."),
        ("h2", "Flour changes the answer"),
        ("p", "Whole wheat and rye absorb far more water than white flour because bran and germ hold moisture. A recipe that feels soupy with white flour can feel dry with whole wheat, so bakers adjust by feel and add water in stages rather than all at once."),
        ("ul", ["Start at sixty-eight percent with a new flour.", "Hold back a tenth of the water and add it during mixing.", "Record the result so the next bake starts from knowledge."]),
        ("p", "The starter counts too. A starter kept at equal weights of flour and water adds both, and careful bakers include it when they calculate the final hydration of the dough."),
    ]),
    dict(id="postgres-vacuum", title="What VACUUM Actually Does in PostgreSQL", blocks=[
        ("p", "PostgreSQL never overwrites a row in place. An update writes a new version of the row and marks the old one as dead, which is how readers keep seeing a consistent snapshot while writers carry on. The price is that dead rows pile up until something removes them."),
        ("p", "That something is VACUUM. It scans tables for row versions that no running transaction can still see, marks their space as reusable, and updates the visibility map so that index-only scans can skip the heap entirely."),
        ("h2", "Autovacuum and its thresholds"),
        ("p", "Autovacuum launches a worker when the number of dead rows in a table exceeds a threshold plus a fraction of the table size. The default fraction of twenty percent suits small tables, but on a table with a billion rows it lets two hundred million dead rows accumulate first."),
        ("code", "sql", "ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.01);"),
        ("p", "Long-running transactions are the usual reason vacuum falls behind. A session left idle in a transaction holds back the horizon for the whole cluster, and no amount of tuning helps until it ends."),
    ]),
    dict(id="city-bike-lanes", title="City Council Approves Protected Bike Lanes on Harbor Street", blocks=[
        ("p", "The city council voted seven to two on Tuesday night to build protected bike lanes along Harbor Street, ending a debate that has divided shop owners and cycling groups for nearly three years."),
        ("p", "The plan replaces one lane of parking on each side with a curb-separated lane for bicycles and scooters. Construction is expected to begin in the spring and to take about five months, with work scheduled at night near the market to limit disruption."),
        ("p", "Supporters pointed to a city study that counted more than four thousand cyclists on the street on an average weekday. Opponents, including several restaurant owners, argued that losing parking would drive away customers who arrive by car."),
        ("quote", "We heard every side of this for a long time, and the safety numbers were hard to ignore, said council member Rosa Delgado."),
        ("p", "The council also asked the transport department to report back within a year on delivery access and on how many parking spaces nearby garages can absorb."),
    ]),
    dict(id="rust-lifetimes", title="A Gentle Introduction to Lifetimes in Rust", blocks=[
        ("p", "Lifetimes are the part of Rust that newcomers fear most, yet the idea behind them is small. A lifetime is the stretch of code during which a reference is guaranteed to point at valid data, and the compiler checks that no reference outlives what it borrows."),
        ("p", "Most of the time you never write a lifetime at all. The elision rules fill them in for common shapes: a function taking one reference and returning one gets the same lifetime for both."),
        ("h2", "When you must be explicit"),
        ("p", "A function that takes two references and returns one of them needs help, because the compiler cannot guess which input the output borrows from. Naming a lifetime says that the result lives no longer than both inputs."),
        ("code", "rust", "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {\n    if x.len() > y.len() { x } else { y }\n}"),
        ("p", "Thinking of lifetimes as *regions of code* rather than durations of time makes the error messages far easier to read. The borrow checker is telling you where a region ends too early."),
    ]),
    dict(id="home-solar", title="Five Questions to Ask Before Installing Rooftop Solar", blocks=[
        ("p", "Rooftop solar panels have become cheaper every year for a decade, and many homeowners now wonder whether the numbers finally work for them. The answer depends less on the panels than on the house, the roof and the local rules."),
        ("p", "First, how much sun does the roof actually get? A south-facing roof without shade from trees or neighbouring buildings can produce a third more energy than one facing east or west."),
        ("p", "Second, how old is the roof? Panels last twenty-five years or more, and removing them to replace worn shingles later adds thousands to the bill. Many installers recommend re-roofing first if the roof is past the middle of its life."),
        ("ul", ["Does the utility pay for power sent back to the grid?", "Are there local rebates or tax credits this year?", "Will a battery pay for itself where you live?"]),
        ("p", "Finally, get more than one quote. Prices for the same system vary widely between installers, and a written estimate of yearly production makes offers comparable."),
    ]),
    dict(id="kafka-rebalancing", title="Cooperative Rebalancing in Kafka Consumers Explained", blocks=[
        ("p", "When a consumer joins or leaves a group, Kafka reassigns partitions among the members. With the classic eager protocol every member first gives up all of its partitions, so the whole group stops processing until the new assignment arrives."),
        ("p", "Cooperative rebalancing changes that. Members keep the partitions they are allowed to keep and only release the ones that must move, which takes a second, shorter round but lets most of the work continue without a pause."),
        ("h2", "Switching safely"),
        ("p", "Moving a running group from eager to cooperative assignment takes two rolling restarts. The first adds the cooperative assignor alongside the old one, and the second removes the old one once every member understands the new protocol."),
        ("code", "properties", "partition.assignment.strategy=org.apache.kafka.clients.consumer.CooperativeStickyAssignor"),
        ("p", "Applications that commit offsets in a rebalance listener must handle the revoked callback carefully, because under the cooperative protocol it is called only for the partitions that actually move."),
    ]),
    dict(id="museum-reopening", title="The Natural History Museum Reopens Its Renovated Fossil Hall", blocks=[
        ("p", "After four years behind scaffolding, the fossil hall of the natural history museum opened to visitors on Saturday with a redesigned layout that follows the history of life from the first single cells to the last ice age."),
        ("p", "The centrepiece is a complete skeleton of a long-necked dinosaur, remounted in a walking pose that researchers say better matches what is now known about how such animals carried their weight."),
        ("p", "Curators also added a glass-walled laboratory where visitors can watch preparators clean newly excavated bones. The museum says the lab will handle material from its own digs, which until now waited years in storage."),
        ("p", "Tickets for the first month are booked out on weekends, and the museum recommends weekday mornings for families who want to avoid the crowds."),
    ]),
    dict(id="css-container-queries", title="Container Queries Change How We Build Components", blocks=[
        ("p", "Media queries ask how wide the screen is. For years that was the only question a stylesheet could ask, which forced components to guess how much room they would get from the layout around them."),
        ("p", "Container queries let a component ask how wide its own container is instead. A card can switch from a stacked layout to a side-by-side one when its column grows, whether that column sits in a sidebar or spans the whole page."),
        ("code", "css", ".card-list { container-type: inline-size; }\n@container (min-width: 30rem) {\n  .card { display: grid; grid-template-columns: 1fr 2fr; }\n}"),
        ("h2", "What to watch out for"),
        ("p", "An element cannot query itself, only an ancestor marked as a container, and size containment means the container no longer takes its size from its children in that direction. Setting the container on a wrapper rather than the component keeps surprises away."),
        ("p", "Support is now broad enough across current browsers that new design systems can rely on them, keeping media queries for the few decisions that really are about the screen."),
    ]),
    dict(id="gentle-retry-rfc", title="Gentle Retry Semantics for Lossy Links", blocks=[
        ("p", "This document describes a way for senders on lossy links to retry messages without amplifying congestion. It defines a retry window, a small header that carries the attempt number, and the rules a receiver follows when it sees the same message more than once."),
        ("p", "The mechanism is intended for constrained networks where links drop a large share of packets and where senders have little memory. It does not replace transport protocols that already provide reliable delivery."),
        ("p", "A sender MUST NOT send a retry before the retry window has passed, and it MUST double the window after each attempt up to a configured maximum. A receiver MUST treat messages with the same identifier as duplicates and MUST acknowledge each copy."),
        ("p", "Implementations that follow these rules keep the number of transmissions per delivered message bounded even when the loss rate approaches one half."),
    ]),
    dict(id="garden-tomatoes", title="Growing Tomatoes in Containers on a Balcony", blocks=[
        ("p", "A sunny balcony can grow a surprising number of tomatoes if the plants get a large enough pot. Twenty litres of soil per plant is the minimum for most varieties, and bushy dwarf types manage with a little less."),
        ("p", "Containers dry out quickly in summer. On hot days a plant in full sun may need water twice, and uneven watering is the usual cause of split fruit and dark patches at the blossom end."),
        ("ul", ["Choose determinate or dwarf varieties.", "Use a potting mix, not garden soil.", "Feed every two weeks once the first flowers open."]),
        ("p", "Wind is the other balcony problem. A short stake and soft ties keep the stems from snapping, and placing pots against a wall gives shelter as well as reflected warmth."),
    ]),
    dict(id="llm-eval-leakage", title="Benchmark Leakage Is Quietly Inflating Model Scores", blocks=[
        ("p", "Language models are trained on enormous crawls of the public web, and public benchmarks live on that same web. When test questions end up in the training data, a model can score well by remembering answers rather than by reasoning about them."),
        ("p", "Detecting leakage is hard because the copies are rarely exact. Questions appear reformatted, translated or embedded in discussion threads, and simple string matching misses most of them."),
        ("h2", "Signs to look for"),
        ("p", "A large gap between a benchmark and a freshly written set of similar questions is the clearest warning. So is a model that reproduces the original wording of an answer key, including its typos."),
        ("p", "Some groups now keep private test sets and release only the scores, while others rotate new questions every few months. Neither approach is perfect, but both make remembered answers less useful."),
    ]),
]

ZH = [
    dict(id="zh-sleep", title="睡眠不足对记忆力的影响有多大", blocks=[
        ("p", "很多人以为少睡一两个小时只是第二天精神差一点，但研究发现，睡眠不足对记忆的影响远比想象中大。白天学到的内容，需要在夜间的深度睡眠中被整理和巩固。"),
        ("p", "在一项实验中，研究人员让两组志愿者学习同一组单词。第一组正常睡眠，第二组被要求熬夜到凌晨。第二天测试时，熬夜组记住的单词少了将近四成。"),
        ("h2", "补觉能弥补吗"),
        ("p", "周末补觉可以缓解疲劳，但很难把错过的记忆巩固补回来。对学生和需要持续学习的人来说，规律的作息比偶尔的长时间睡眠更重要。"),
        ("p", "专家建议成年人每晚保证七到八小时睡眠，睡前一小时尽量远离手机屏幕，让大脑有时间从紧张状态中放松下来。"),
    ]),
    dict(id="zh-tea", title="一杯好茶的水温讲究", blocks=[
        ("p", "泡茶时水温的高低，会直接影响茶汤的香气和口感。同样一撮茶叶，用沸水冲泡和用八十度的水冲泡，喝起来可能完全是两种味道。"),
        ("p", "绿茶的芽叶细嫩，一般用八十度左右的水最合适。水温太高会把茶叶烫熟，茶汤发黄发苦，原本清爽的香气也会被破坏。"),
        ("p", "乌龙茶和红茶则需要更高的温度。乌龙茶常用接近沸腾的水快速出汤，红茶用九十度以上的水才能泡出醇厚的滋味。"),
        ("ul", ["绿茶：约八十度", "红茶：九十度以上", "乌龙茶：接近沸腾"]),
        ("p", "如果没有温度计，可以把烧开的水倒入公道杯中静置片刻，再用来冲泡细嫩的茶叶。"),
    ]),
    dict(id="zh-metro", title="地铁新线开通首日客流超过预期", blocks=[
        ("p", "本市地铁十二号线于昨日正式开通运营，首日客流达到十八万人次，超过此前预测的十二万人次。早高峰期间，多个换乘站一度实行限流措施。"),
        ("p", "十二号线全长三十二公里，共设二十四座车站，连接城市东部的新区和老城区。开通后，从新区到市中心的通勤时间将由一个多小时缩短到四十分钟左右。"),
        ("p", "运营公司表示，将根据客流情况适时加密列车班次，并在换乘站增加引导人员。市民可以通过官方应用查询各站的实时拥挤程度。"),
        ("p", "不少乘客在社交媒体上分享了乘车体验，认为新线路的车站设计宽敞明亮，但也有人建议增加出入口附近的非机动车停放点。"),
    ]),
    dict(id="zh-python-gil", title="Python 的全局解释器锁到底锁住了什么", blocks=[
        ("p", "提到 Python 的性能问题，很多人第一个想到的就是全局解释器锁，也就是 GIL。它保证同一时刻只有一个线程在执行 Python 字节码，从而简化了解释器的内存管理。"),
        ("p", "GIL 并不意味着多线程毫无用处。线程在等待网络或磁盘时会释放锁，所以对于以输入输出为主的程序，多线程依然能显著提高吞吐量。"),
        ("h2", "计算密集型任务怎么办"),
        ("p", "对于纯计算的任务，多线程几乎无法利用多核。常见的做法是改用多进程，或者把热点代码交给不受 GIL 限制的扩展库。"),
        ("code", "python", "from concurrent.futures import ProcessPoolExecutor\n\nwith ProcessPoolExecutor() as pool:\n    results = list(pool.map(work, items))"),
        ("p", "新版本的解释器已经开始提供可以关闭 GIL 的构建方式，但生态中的扩展库需要时间适配，短期内仍要根据任务类型选择合适的并发模型。"),
    ]),
    dict(id="zh-hiking", title="第一次徒步登山需要准备什么", blocks=[
        ("p", "春秋两季是徒步登山的好时节，但第一次上山的人往往低估了路线的难度。提前做好准备，才能既享受风景又保证安全。"),
        ("p", "鞋子是最重要的装备。一双防滑、合脚的登山鞋能大大减少扭伤和打滑，新鞋最好在出发前先穿着走几次，避免磨脚。"),
        ("ul", ["带足饮用水和能快速补充体力的食物", "准备一件防风外套，山顶温度比山下低很多", "出发前把路线告诉家人或朋友"]),
        ("p", "行进时要注意控制节奏，不要一开始就走得太快。感到头晕或体力不支时，应及时休息，必要时果断下撤。"),
    ]),
    dict(id="zh-vector-db", title="向量数据库是怎样做近似最近邻搜索的", blocks=[
        ("p", "大模型应用兴起以后，向量数据库成了热门话题。它们的核心能力是在海量向量中快速找到与查询最相似的若干个，也就是近似最近邻搜索。"),
        ("p", "精确搜索需要把查询和每一个向量逐一比较，数据量一大就慢得无法接受。近似算法用少量精度换取速度，常见的有基于图的方法和基于量化的方法。"),
        ("h2", "分层可导航小世界图"),
        ("p", "这种方法把向量组织成多层图结构，上层节点少、跨度大，下层节点多、连接细。搜索时从顶层出发逐层向下，每一步都走向更接近查询的邻居。"),
        ("p", "索引参数决定了召回率和速度之间的平衡。实际使用时，建议用一批带有标准答案的查询做测试，再选定合适的参数。"),
    ]),
    dict(id="zh-library", title="老城区图书馆改造后重新开放", blocks=[
        ("p", "位于老城区的市图书馆经过两年改造，于本周六重新向读者开放。改造后的图书馆保留了原有的红砖外立面，内部则新增了自习区、儿童阅读区和数字资源室。"),
        ("p", "馆方介绍，新馆的座位数量比改造前增加了一倍，并延长了周末的开放时间。读者可以通过自助设备办理借还手续，不再需要排队等候。"),
        ("p", "开馆当天，不少附近的居民带着孩子前来参观。一位退休教师说，这座图书馆陪伴了他几十年，看到它焕然一新，心里非常高兴。"),
    ]),
]
