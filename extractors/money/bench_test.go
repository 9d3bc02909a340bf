package money

// benchText is a made-up business news article of about 700 words,
// written for these tests: prose with dates, percentages, share counts and
// amounts in several currencies, roughly as dense in numbers as a real
// markets story.
const benchText = `NEW YORK (Lede) — Harbor Logistics Group said on Tuesday it had agreed to buy its smaller rival Northwind Freight for about $4.2 billion in cash and stock, the latest in a wave of deals reshaping an industry still struggling with high fuel costs and weak demand after the pandemic.

Under the terms of the agreement, Northwind shareholders will receive $38.50 per share in cash plus 0.45 of a Harbor share for each share they own, valuing the company at roughly $52 a share, a premium of 31 percent to its closing price on Monday. Northwind has about 81 million shares outstanding. The boards of both companies approved the deal, which is expected to close in the second quarter of next year, subject to regulatory approval in the United States, the European Union and China.

Harbor said it expects the combination to produce $300 million in annual cost savings within three years, mostly by closing overlapping warehouses in the Midwest and merging the two companies' trucking fleets, which together run more than 12,000 vehicles. It will pay for the cash part of the deal with $1.5 billion of cash on hand and a new $2.5bn term loan arranged by three banks. The company said it would keep paying its quarterly dividend of 24 cents a share.

"This is a once-in-a-generation chance to build the network our customers have been asking for," Harbor chief executive Dana Whitfield told analysts on a conference call. "We are paying a fair price, and we will earn it back."

Not everyone was convinced. Shares of Harbor fell 6.3% to $71.14 in afternoon trading in New York, wiping nearly $1.1 billion off its market value, while Northwind jumped 27 percent to $50.12. Some 14 million Northwind shares changed hands by midday, five times the daily average. One analyst said the price implied a multiple of 11 times earnings, against an industry average of about eight, and estimated that integration costs could run to $350-400 million.

Harbor reported third-quarter net income of $212 million, or $1.87 a share, on revenue of $6.9 billion, compared with $5.4 billion a year earlier. Analysts had expected earnings of $1.79 a share. Northwind earned $64.5 million on revenue of $1.3 billion in its most recent quarter and carries about $900 million of debt, which Harbor will assume.

The deal has an international side as well. Northwind owns a 40% stake in a Hong Kong joint venture valued at HK$2.3bn, which Harbor plans to sell, and a depot near Rotterdam that it bought two years ago for €185 million. Its British unit, which employs 2,400 people, posted a loss of £12.6m last year on sales of £310 million; Harbor said it would review that business. In India, where Northwind runs a network of 60 warehouses, the company has invested Rs 1,200 crore since 2018, and it recently won a contract worth 4.5 billion yen from a Japanese retailer.

Competition regulators are likely to look closely at the combined company's 22 percent share of the North American freight market. If the deal is blocked, Harbor will owe Northwind a break-up fee of $150 million; if Northwind walks away for a better offer, it will pay Harbor $120 million. Lawyers said a review could take 12 to 18 months.

The acquisition follows a string of smaller purchases by Harbor, including the $640 million takeover of a refrigerated-transport company in March and a $75 million investment in a start-up that builds software for tracking shipments. In 2021 the company spent 1.2 billion dollars on new trucks and planes, and it has promised investors a further 500 million euros of spending on electric vehicles in Europe over the next five years.

For customers, the immediate effect may be higher prices. Harbor raised its standard parcel rate by 5.9% in January, to $11.40 for a two-pound package, and said fuel surcharges would stay in place. Small businesses that ship fewer than 1,000 parcels a month pay as much as $2.50 more per package than large accounts, according to a survey published in September by a trade group, which found that the average small shipper spent $18,200 a year on delivery.

Northwind's founder, who still owns 9% of the company, will receive roughly $380 million from the sale. He said in a statement that he would donate half a million dollars to a scholarship fund for drivers' children.`
