#!/usr/bin/perl
# Prints each failed test of the given TRX reports with its message and the top of its stack trace,
# so the last lines of a CI log say what broke (CI keeps only the tail of the output).
use strict;
use warnings;

sub decode {
    my ($text) = @_;
    $text =~ s/&lt;/</g; $text =~ s/&gt;/>/g; $text =~ s/&quot;/"/g; $text =~ s/&apos;/'/g;
    $text =~ s/&#x([0-9A-Fa-f]+);/chr(hex($1))/ge; $text =~ s/&#(\d+);/chr($1)/ge; $text =~ s/&amp;/&/g;
    return $text;
}

for my $file (@ARGV) {
    open(my $fh, '<:encoding(UTF-8)', $file) or next;
    local $/;
    my $xml = <$fh>;
    while ($xml =~ /<UnitTestResult\b([^>]*?)outcome="Failed"([^>]*)>(.*?)<\/UnitTestResult>/gs) {
        my ($attributes, $body) = ("$1$2", $3);
        my ($name) = $attributes =~ /testName="([^"]*)"/;
        my ($message) = $body =~ /<Message>(.*?)<\/Message>/s;
        my ($stack) = $body =~ /<StackTrace>(.*?)<\/StackTrace>/s;
        my @stack = grep { /DialogueOps/ } split /\r?\n/, decode($stack // '');
        binmode(STDOUT, ':encoding(UTF-8)');
        print "FAILED ", decode($name // '?'), "\n";
        my @message = split /\r?\n/, decode($message // '');
        splice(@message, 12) if @message > 12;
        splice(@stack, 6) if @stack > 6;
        print map { "    $_\n" } @message, @stack;
    }
}
