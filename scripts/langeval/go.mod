module github.com/lede-project/lede/scripts/langeval

go 1.26.8

require (
	github.com/lede-project/lede v0.0.0
	github.com/pemistahl/lingua-go v1.4.0
)

require (
	github.com/PuerkitoBio/goquery v1.14.0 // indirect
	github.com/andybalholm/cascadia v1.3.5 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/shopspring/decimal v1.3.1 // indirect
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.43.0 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
)

replace github.com/lede-project/lede => ../..
