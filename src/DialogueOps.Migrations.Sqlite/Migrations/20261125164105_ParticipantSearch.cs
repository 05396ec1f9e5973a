using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckInToken",
                table: "Participants",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Participants",
                type: "TEXT",
                maxLength: 1200,
                nullable: false,
                defaultValue: "");

            // Rows that exist already get their own token (the index is unique) and a first search text;
            // the app folds accents in the search text the next time a record is saved.
            migrationBuilder.Sql("UPDATE Participants SET CheckInToken = lower(hex(randomblob(16)));");
            migrationBuilder.Sql("UPDATE Participants SET SearchText = lower(GivenName || ' ' || FamilyName || ' ' || FamilyName || GivenName || ' ' || coalesce(NativeName, '') || ' ' || Email);");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_CheckInToken",
                table: "Participants",
                column: "CheckInToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participants_CheckInToken",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "CheckInToken",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Participants");
        }
    }
}
